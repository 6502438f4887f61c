package org.openhat.clinic.db.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namedParametersBecomePositionalInOrderAndMayRepeat() {
        NamedSql sql = NamedSql.parse("INSERT INTO s (a, b, c) VALUES (:at, :staffId, :at)");
        assertThat(sql.jdbc()).isEqualTo("INSERT INTO s (a, b, c) VALUES (?, ?, ?)");
        assertThat(sql.parameters()).containsExactly("at", "staffId", "at");
    }

    @Test
    void colonsInTextIdentifiersCommentsAndCastsAreNotParameters() {
        NamedSql sql = NamedSql.parse("""
                SELECT 'it''s :not' AS "odd:name", x::text -- :nor this
                FROM t WHERE id = :id""");
        assertThat(sql.parameters()).containsExactly("id");
        assertThat(sql.jdbc()).isEqualTo("""
                SELECT 'it''s :not' AS "odd:name", x::text -- :nor this
                FROM t WHERE id = ?""");
    }

    @Test
    void refusesPositionalParametersAndUnclosedText() {
        assertThatThrownBy(() -> NamedSql.parse("SELECT ? ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NamedSql.parse("SELECT 'open")).isInstanceOf(IllegalArgumentException.class);
    }
}
