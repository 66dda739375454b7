/** The market kernel as plain Java objects and a loop, the no-framework baseline of the benchmarks. */
package org.talentsim.benchmarks.plain;
