package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openhat.clinic.api.CreateProduct;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.Identifiers;
import org.openhat.clinic.core.products.Product;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.service.products.ProductService;

@Path("/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    private final ProductService products;

    public ProductResource(ProductService products) {
        this.products = products;
    }

    @GET
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST, Role.Names.ADMIN, Role.Names.INSPECTOR})
    public List<Product> list() {
        return products.all();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.NURSE, Role.Names.PRESCRIBER, Role.Names.PHARMACIST, Role.Names.ADMIN, Role.Names.INSPECTOR})
    public Product get(@PathParam("id") long id) {
        return products.get(id);
    }

    @POST
    @RolesAllowed({Role.Names.PHARMACIST, Role.Names.ADMIN})
    public Response create(@Auth StaffPrincipal staff, @NotNull @Valid CreateProduct r) {
        Product created = products.create(Identifiers.gtin(r.gtin()), r.name(), r.mgPerAmpoule(), r.form(), r.saltBasis(),
                staff.staffId());
        return Response.status(201).entity(created).build();
    }
}
