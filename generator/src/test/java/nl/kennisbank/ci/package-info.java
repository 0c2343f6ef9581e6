/**
 * Tests of the CI workflows and the script they call ({@code ci/publish-build.sh}): the script runs here against
 * fixture sites, the GitHub workflow is linted with actionlint, and both workflow files are read to check they
 * publish only from the main branch, with the least permissions, through the script.
 */
package nl.kennisbank.ci;
