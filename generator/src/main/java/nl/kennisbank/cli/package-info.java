/**
 * The command line ({@code ./kennisbank build | check}) with picocli. Exit codes are part of the interface:
 * 0 built, 1 content problems, 2 usage or configuration error. The only {@code System.exit} lives here.
 */
package nl.kennisbank.cli;
