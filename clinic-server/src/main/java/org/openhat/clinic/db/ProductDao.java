package org.openhat.clinic.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.openhat.clinic.core.products.Product;

@RegisterConstructorMapper(Product.class)
public interface ProductDao {
    String SELECT = "SELECT id, gtin, name, mg_per_ampoule, form, salt_basis FROM product";

    @SqlQuery("""
            INSERT INTO product (gtin, name, mg_per_ampoule, form, salt_basis, created_at, created_by)
            VALUES (:gtin, :name, :mgPerAmpoule, :form, :saltBasis, :at, :by)
            RETURNING id""")
    long insert(String gtin, String name, int mgPerAmpoule, String form, String saltBasis, Instant at, long by);

    @SqlQuery(SELECT + " WHERE id = :id")
    Optional<Product> findById(long id);

    @SqlQuery(SELECT + " WHERE gtin = :gtin")
    Optional<Product> findByGtin(String gtin);

    @SqlQuery(SELECT + " ORDER BY mg_per_ampoule, name")
    List<Product> all();
}
