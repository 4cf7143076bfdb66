package org.aitrainer.api.http.limits;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Exists in tests only: a JSON body to send malformed JSON to, until the API has writes of its own. */
@Path("/test-support/echo")
public class JsonEchoResource {

    public record Greeting(String text, int times, LocalDate on, Verification verification) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Greeting echo(Greeting greeting) {
        return greeting;
    }
}
