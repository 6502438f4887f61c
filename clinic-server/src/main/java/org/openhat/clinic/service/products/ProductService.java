package org.openhat.clinic.service.products;

import org.openhat.clinic.core.products.Product;
import org.openhat.devices.ids.Gtin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.openhat.clinic.core.ConflictException;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.ValidationException;
import org.openhat.clinic.core.audit.AuditAction;
import org.openhat.clinic.db.ProductDao;
import org.openhat.clinic.db.Transactor;
import org.openhat.clinic.service.audit.Audits;

public class ProductService {
    private final Transactor transactor;
    private final Clock clock;

    public ProductService(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    public Product create(Gtin gtin, String name, int mgPerAmpoule, String form, String saltBasis, long byStaffId) {
        if (mgPerAmpoule <= 0 || mgPerAmpoule > 10_000) {
            throw new ValidationException("mgPerAmpoule", "must be between 1 and 10000");
        }
        Instant now = clock.instant();
        return transactor.inTransaction(tx -> {
            ProductDao products = tx.dao(ProductDao.class);
            if (products.findByGtin(gtin.value()).isPresent()) {
                throw new ConflictException("gtin", "a product with this GTIN exists");
            }
            long id = products.insert(gtin.value(), name, mgPerAmpoule, form, saltBasis, now, byStaffId);
            Audits.record(tx, now, byStaffId, AuditAction.PRODUCT_CREATED, "product", id, name);
            return products.findById(id).orElseThrow();
        });
    }

    public Product get(long id) {
        return transactor.read(tx -> tx.dao(ProductDao.class).findById(id))
                .orElseThrow(() -> new NotFoundException("product", id));
    }

    public List<Product> all() {
        return transactor.read(tx -> tx.dao(ProductDao.class).all());
    }
}
