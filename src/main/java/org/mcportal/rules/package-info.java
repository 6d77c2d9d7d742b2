/**
 * The rules core: pure Java, no framework imports (an ArchUnit test guards this).
 *
 * <p>It holds the credential definition as plain records and every rule computed from it: word
 * counts, bounds, completeness, rubric levels, part outcomes, the credential outcome and which
 * components reopen on resubmission. Services turn entities into these records, call the rules and
 * save the results, so the educator's checklist, the assessor's pre-check and the final outcome all
 * agree. Rule rejections are values with reasons, never exceptions.
 *
 * <p>The agreement statistics of double scoring live in the sub-package {@code agreement}.
 */
package org.mcportal.rules;
