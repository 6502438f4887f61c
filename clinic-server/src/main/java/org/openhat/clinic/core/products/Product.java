package org.openhat.clinic.core.products;

/** A product that may be dosed: diamorphine hydrochloride powder for injection, in ampoules of a given strength. */
public record Product(long id, String gtin, String name, int mgPerAmpoule, String form, String saltBasis) {
}
