/**
 * Quality gates over the built example site: accessibility and keyboard use in a headless browser, and — without a
 * browser — valid HTML (Nu Html Checker), internal links and anchors that resolve, and privacy (a strict
 * Content-Security-Policy and no resource loaded from another host). Each gate reports every problem as data
 * ({@link nl.kennisbank.gates.GateFinding}) and proves on a broken fixture that it can fail.
 */
package nl.kennisbank.gates;
