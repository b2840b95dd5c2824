/**
 * The indicator module's reference data sets: the CSV files under {@code data/reference/} upserted by natural
 * key. Empty cells never overwrite stored values (an administrator may have entered them, for example the
 * weights of a newer edition), and DDCI components edited locally are left alone.
 */
package vn.pcitracker.indicator.data;
