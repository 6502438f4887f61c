package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.register.checkpoint.Checkpoint;

@RegisterConstructorMapper(Checkpoint.class)
public interface CheckpointDao {

    @SqlUpdate("""
            INSERT INTO register_checkpoint (ledger_id, seq, head_hash, signed_at, signed_by, public_key, signature)
            VALUES (:ledgerId, :seq, :headHash, :signedAt, :signedBy, :publicKey, :signature)""")
    void insert(long ledgerId, long seq, String headHash, Instant signedAt, Long signedBy, String publicKey,
                String signature);

    @SqlQuery("""
            SELECT id, ledger_id, seq, head_hash, signed_at, signed_by, public_key, signature
            FROM register_checkpoint WHERE ledger_id = :ledgerId ORDER BY seq, id""")
    List<Checkpoint> forLedger(long ledgerId);

    /**
     * The ledger's newest checkpoint, which seals its furthest entry; read while signing holds the
     * ledger, it is the one just signed.
     */
    @SqlQuery("""
            SELECT id, ledger_id, seq, head_hash, signed_at, signed_by, public_key, signature
            FROM register_checkpoint WHERE ledger_id = :ledgerId ORDER BY seq DESC, id DESC LIMIT 1""")
    Optional<Checkpoint> latest(long ledgerId);

    @SqlQuery("""
            SELECT id, ledger_id, seq, head_hash, signed_at, signed_by, public_key, signature
            FROM register_checkpoint ORDER BY id""")
    List<Checkpoint> all();
}
