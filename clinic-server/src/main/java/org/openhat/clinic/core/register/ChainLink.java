package org.openhat.clinic.core.register;

/**
 * What verify needs of an entry: its canonical bytes as the database renders them from the stored
 * columns (see {@code RegisterDao#CANONICAL}), the two hashes, and the quantities to re-add.
 */
public record ChainLink(long seq, byte[] canonical, String prevHash, String hash, long ampoules, long balance,
                        String batch, Long batchBalance) {
}
