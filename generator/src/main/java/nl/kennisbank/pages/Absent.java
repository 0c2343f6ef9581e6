package nl.kennisbank.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one kind of record component that may be {@code null}: a value the page may not have, which its template
 * tests with {@code ??}. Every other component always has a value ("" or an empty list when there is nothing).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Absent {}
