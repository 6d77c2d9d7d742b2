/**
 * The assessor's rules, as pure values: the scoring sheet an assessor fills in, the check that says
 * whether it may be submitted, the outcome it scores to with an explanation in the rubric's own
 * words, claim leases, turnaround, the diff between attempts and whether a submission may be
 * resubmitted.
 *
 * <p>Like the rest of the rules core it imports only {@code java.*} and takes the time as an input.
 * A refusal (a sheet that may not be submitted, a claim held by another assessor) is a result with
 * a stable code, never an exception; exceptions mean the caller mixed up definitions or passed
 * nonsense such as a negative lease length.
 */
package org.mcportal.rules.assessment;
