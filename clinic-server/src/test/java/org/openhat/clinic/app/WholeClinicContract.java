package org.openhat.clinic.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhat.clinic.ClinicConfiguration;
import org.openhat.clinic.cli.DemoClinic;
import org.openhat.clinic.testing.ApiClient;
import org.openhat.clinic.testing.ApiClient.Reply;

/**
 * The whole clinic, started as it runs in production (migrated on start), exercised over HTTP.
 * Run once on SQLite and once on PostgreSQL by the two subclasses.
 */
abstract class WholeClinicContract {

    abstract DropwizardAppExtension<ClinicConfiguration> app();

    ApiClient client() {
        return new ApiClient(app().getLocalPort());
    }

    @Test
    void aCoordinatorSignsInReferrsAPatientAndReadsThemBack() {
        ApiClient coordinator = client().signIn("coord.jones", DemoClinic.DEMO_PASSWORD);

        Reply created = coordinator.post("/api/patients", Map.of(
                "nhsNumber", "943 476 5919", "givenName", "Kelly", "familyName", "Marsh",
                "dateOfBirth", "1985-06-01", "address", "3 Grange Road, Middlesbrough", "postcode", "ts1 5au"));

        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Reply read = coordinator.get("/api/patients/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("nhsNumber").asText()).isEqualTo("9434765919");
        assertThat(read.json().get("status").asText()).isEqualTo("REFERRED");
        assertThat(read.json().get("postcode").asText()).isEqualTo("TS1 5AU");
        assertThat(read.json().get("dateOfBirth").asText()).isEqualTo("1985-06-01");

        Reply found = coordinator.post("/api/patients/find-by-nhs-number", Map.of("nhsNumber", "9434765919"));
        assertThat(found.json().get("id").asLong()).isEqualTo(id);
        Reply audit = client().signIn("admin", DemoClinic.DEMO_PASSWORD)
                .get("/api/audit?recordType=patient&recordId=" + id);
        assertThat(audit.json().get(0).get("action").asText()).isEqualTo("PATIENT_CREATED");
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndStrict() {
        Reply reply = client().post("/api/sessions/password",
                Map.of("username", "nurse.amara", "password", DemoClinic.DEMO_PASSWORD));

        assertThat(reply.setCookies()).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("openhat_session=").contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void theKioskSessionHasItsOwnCookieAsHttpOnlySecureAndStrict() {
        Reply reply = client().post("/api/sessions/badge",
                Map.of("badgeCode", "N0042", "pin", "4242", "stationCode", "KIOSK-1"));

        assertThat(reply.setCookies()).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("openhat_kiosk_session=").contains("HttpOnly").contains("Secure")
                .containsIgnoringCase("SameSite=Strict"));
    }

    /** One browser, as the clinic's shared computers are: signed in at the office and at the kiosk page. */
    @Test
    void anOfficeAndAKioskSessionInOneBrowserLeaveEachOtherAlone() {
        String office = client().post("/api/sessions/password",
                Map.of("username", "pharm.okafor", "password", DemoClinic.DEMO_PASSWORD)).sessionCookie().orElseThrow();
        Reply kioskSignIn = client().sendWithHeaders("POST", "/api/sessions/badge", Map.of("Cookie",
                "openhat_session=" + office, "X-OpenHAT-Screen", "kiosk", "Content-Type", "application/json"),
                "{\"badgeCode\":\"N0042\",\"pin\":\"4242\",\"stationCode\":\"KIOSK-1\"}".getBytes());
        assertThat(kioskSignIn.setCookies()).noneSatisfy(c -> assertThat(c).startsWith("openhat_session="));
        String kiosk = kioskSignIn.kioskSessionCookie().orElseThrow();
        String both = "openhat_session=" + office + "; openhat_kiosk_session=" + kiosk;

        assertThat(asBrowser("GET", both, "kiosk").json().get("kind").asText()).isEqualTo("KIOSK");
        assertThat(asBrowser("GET", both, null).json().get("kind").asText()).isEqualTo("OFFICE");

        Reply kioskSignOut = asBrowser("DELETE", both, "kiosk");
        assertThat(kioskSignOut.status()).isEqualTo(204);
        assertThat(kioskSignOut.setCookies()).singleElement().satisfies(c -> assertThat(c).startsWith("openhat_kiosk_session=;"));
        assertThat(asBrowser("GET", both, "kiosk").status()).isEqualTo(401);
        Reply officeStill = asBrowser("GET", both, null);
        assertThat(officeStill.status()).isEqualTo(200);
        assertThat(officeStill.json().at("/staff/username").asText()).isEqualTo("pharm.okafor");

        String kioskAgain = client().post("/api/sessions/badge",
                Map.of("badgeCode", "N0042", "pin", "4242", "stationCode", "KIOSK-1")).kioskSessionCookie().orElseThrow();
        String bothAgain = "openhat_session=" + office + "; openhat_kiosk_session=" + kioskAgain;
        Reply officeSignOut = asBrowser("DELETE", bothAgain, null);
        assertThat(officeSignOut.setCookies()).singleElement().satisfies(c -> assertThat(c).startsWith("openhat_session=;"));
        assertThat(asBrowser("GET", bothAgain, "kiosk").json().at("/staff/username").asText()).isEqualTo("nurse.amara");
        assertThat(asBrowser("GET", "openhat_session=" + office, null).status()).isEqualTo(401);
    }

    private Reply asBrowser(String method, String cookies, String screen) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Cookie", cookies));
        if (screen != null) {
            headers.put("X-OpenHAT-Screen", screen);
        }
        return client().sendWithHeaders(method, "/api/sessions/current", headers, new byte[0]);
    }

    @Test
    void aNurseSignsInAtAKioskWithBadgeAndPin() {
        ApiClient nurse = client().signInWithBadge("N0042", "4242", "KIOSK-1");

        Reply me = nurse.get("/api/sessions/current");

        assertThat(me.json().get("kind").asText()).isEqualTo("KIOSK");
        assertThat(me.json().get("staff").get("username").asText()).isEqualTo("nurse.amara");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        ApiClient nurse = client().signIn("nurse.ben", DemoClinic.DEMO_PASSWORD);

        assertThat(nurse.delete("/api/sessions/current").status()).isEqualTo(204);

        assertThat(nurse.get("/api/sessions/current").status()).isEqualTo(401);
    }

    @Test
    void disablingAMemberOfStaffEndsTheirSessionAtOnce() {
        ApiClient admin = client().signIn("admin", DemoClinic.DEMO_PASSWORD);
        ApiClient chloe = client().signIn("nurse.chloe", DemoClinic.DEMO_PASSWORD);
        long chloeId = chloe.get("/api/sessions/current").json().get("staff").get("id").asLong();

        assertThat(admin.post("/api/staff/" + chloeId + "/disable", Map.of()).status()).isEqualTo(200);

        assertThat(chloe.get("/api/patients").status()).isEqualTo(401);
        assertThat(admin.post("/api/staff/" + chloeId + "/enable", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void listsTheDemoClinic() {
        ApiClient pharmacist = client().signIn("pharm.okafor", DemoClinic.DEMO_PASSWORD);

        assertThat(pharmacist.get("/api/patients?status=ACTIVE").json()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(pharmacist.get("/api/products").json()).extracting(p -> p.get("mgPerAmpoule").asInt())
                .containsExactly(100, 500);
        assertThat(pharmacist.get("/api/prescribers").json().get(0).get("licencePremises").asText()).isEqualTo("MAIN");
    }

    @Test
    void keepsAPatientPhotoForIdentificationAtTheKiosk() {
        ApiClient coordinator = client().signIn("coord.jones", DemoClinic.DEMO_PASSWORD);
        long id = coordinator.get("/api/patients?status=ACTIVE").json().get(0).get("id").asLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        assertThat(coordinator.sendRaw("PUT", "/api/patients/" + id + "/photo", "image/png", png).status()).isEqualTo(204);

        assertThat(coordinator.get("/api/patients/" + id).json().get("hasPhoto").asBoolean()).isTrue();
        assertThat(coordinator.sendRaw("PUT", "/api/patients/" + id + "/photo", "image/gif", png).status()).isEqualTo(415);
    }

    @Test
    void servesTheKioskPageAtTheRoot() {
        Reply page = client().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<title>OpenHAT");
    }
}
