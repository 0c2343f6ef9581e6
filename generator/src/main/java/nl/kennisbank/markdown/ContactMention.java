package nl.kennisbank.markdown;

import nl.kennisbank.content.ContactDetails;

/** A person's e-mail address or mobile number in the body, at its 1-based line and column in the body. */
public record ContactMention(ContactDetails.Kind kind, String text, int line, int column) {}
