/**
 * Helpers the library's packages share and its command line uses, not part of the API (the
 * module does not export this package): whole files written atomically ({@code TextFiles},
 * {@code AtomicFiles}), numbers as the result files write them ({@code Num}), the journal an
 * experiment or a calibration appends its finished runs to ({@code Journal}), the default
 * random generator's algorithm ({@code L64X128Mix}), the rule for names of labs, teams and
 * researchers ({@code Names}) and the "did you mean" of messages ({@code Suggestions}). They may change
 * without notice.
 */
package org.talentsim.internal;
