package org.openhat.clinic.resources;

import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.util.concurrent.CompletionStage;
import org.openhat.clinic.auth.KioskScreen;
import org.openhat.clinic.auth.SessionCookie;
import org.openhat.clinic.auth.StaffPrincipal;
import org.openhat.clinic.core.NotFoundException;
import org.openhat.clinic.core.staff.Role;
import org.openhat.clinic.core.staff.SessionKind;
import org.openhat.clinic.core.stations.KioskStation;
import org.openhat.clinic.core.stations.StationAccessRefused;
import org.openhat.clinic.devices.DeviceRegistry;
import org.openhat.clinic.devices.ScanFeed;
import org.openhat.clinic.service.stations.StationService;

/**
 * The scans at a station, as server-sent events to the kiosk page signed in there. Every refusal
 * is answered before the stream opens, so a wrong caller never holds a connection.
 */
@Path("/stations/{code}/scans")
public class ScanStreamResource {
    private final StationService stations;
    private final DeviceRegistry devices;
    private final ScanFeed feed;

    public ScanStreamResource(StationService stations, DeviceRegistry devices, ScanFeed feed) {
        this.stations = stations;
        this.devices = devices;
        this.feed = feed;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // Everyone who may sign in at a kiosk (KioskAbilities): a scan only picks a patient or fills a form.
    @RolesAllowed({Role.Names.NURSE, Role.Names.PHARMACIST, Role.Names.PRESCRIBER})
    @KioskScreen
    public void scans(@Auth StaffPrincipal principal, @PathParam("code") String code, @Context HttpHeaders headers,
                      @Context SseEventSink sink, @Context Sse sse) {
        KioskStation station = stations.byCode(code);
        if (devices.station(code).flatMap(DeviceRegistry.Station::scanner).isEmpty()) {
            throw new NotFoundException("scanner at station", code);
        }
        Long at = principal.session().stationId();
        if (principal.session().kind() != SessionKind.KIOSK || at == null || at != station.id()) {
            throw new StationAccessRefused("sign in with your badge at " + code + " to see its scans");
        }
        feed.subscribe(code, SessionCookie.kioskTokenFrom(headers), station.id(), new SseSubscriber(sink, sse));
    }

    /** Adapts a Jersey event sink to the feed. */
    private record SseSubscriber(SseEventSink sink, Sse sse) implements ScanFeed.Subscriber {
        @Override
        public void send(String eventName, String id, String json) throws IOException {
            sent(sink.send(sse.newEventBuilder().name(eventName).id(id).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(String.class, json).build()));
        }

        @Override
        public void keepAlive() throws IOException {
            sent(sink.send(sse.newEventBuilder().comment("keep-alive").build()));
        }

        private static void sent(CompletionStage<?> sending) throws IOException {
            if (sending.toCompletableFuture().isCompletedExceptionally()) {
                throw new IOException("the kiosk page has gone");
            }
        }

        @Override
        public boolean isClosed() {
            return sink.isClosed();
        }

        @Override
        public void close() {
            sink.close();
        }
    }
}
