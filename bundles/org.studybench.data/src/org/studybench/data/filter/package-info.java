/**
 * The segment filter language ({@code size = "SME" and country in ("IT", "DE")}): parsing, checking
 * against a dictionary with the place of each problem, and translation to SQL.
 *
 * @since 0.1
 */
package org.studybench.data.filter;
