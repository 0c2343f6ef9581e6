/**
 * Real-browser test support: a loopback static file server for a built site and a headless Chromium driven by
 * Selenium. Tests that need a browser skip with a clear message when none is installed, except in CI
 * ({@code CI=true}), where a missing browser fails the build.
 */
package nl.kennisbank.browser;
