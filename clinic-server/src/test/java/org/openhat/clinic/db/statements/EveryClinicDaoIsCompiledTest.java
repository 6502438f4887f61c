package org.openhat.clinic.db.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

/**
 * Every SQL method of the clinic's DAOs runs compiled, so no request pays JDBI's per-call
 * machinery by accident; the one left to JDBI binds a whole record by its accessors
 * ({@code @BindMethods}), once per recorded dose.
 */
class EveryClinicDaoIsCompiledTest {

    @Test
    void onlyTheDoseInsertThatBindsARecordIsLeftToJdbi() {
        List<String> leftToJdbi = new ArrayList<>();
        int daos = 0;
        for (JavaClass dao : new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.openhat.clinic.db")) {
            Class<?> type = dao.reflect();
            if (!type.isInterface() || type.getPackageName().startsWith("org.openhat.clinic.db.statements")) {
                continue;
            }
            List<Method> sql = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers())
                        && (m.isAnnotationPresent(SqlQuery.class) || m.isAnnotationPresent(SqlUpdate.class))) {
                    sql.add(m);
                }
            }
            if (sql.isEmpty()) {
                continue;
            }
            daos++;
            int compiled = CompiledDao.of(type).compiledMethods();
            if (compiled < sql.size()) {
                leftToJdbi.add(type.getSimpleName() + ": " + (sql.size() - compiled));
            }
        }
        assertThat(daos).isGreaterThanOrEqualTo(17);
        assertThat(leftToJdbi).containsExactly("AdministrationDao: 1");
    }
}
