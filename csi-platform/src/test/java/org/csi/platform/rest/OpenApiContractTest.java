package org.csi.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

/** The Idempotency-Key header is documented from {@link Idempotent}, not from a method parameter. */
class OpenApiContractTest {

    static class ThingResource {

        @Idempotent
        public Response createThing() {
            return Response.status(201).build();
        }

        public Response getThing() {
            return Response.ok().build();
        }
    }

    @Test
    void documentsTheHeaderOnIdempotentOperationsInSmallRyesParameterOrder() throws IOException {
        // As SmallRye lists a method's own parameters: by location, then by name.
        Operation create = operation("createThing").addParameter(parameter("id", Parameter.In.PATH))
                .addParameter(parameter("If-Match", Parameter.In.HEADER));
        Operation read = operation("getThing");

        new OpenApiContract(Index.of(ThingResource.class)).filterOpenAPI(document(create, read));

        assertEquals(List.of("id", "Idempotency-Key", "If-Match"), create.getParameters().stream()
                .map(Parameter::getName).toList(), "path first, then the headers by name");
        Parameter key = create.getParameters().get(1);
        assertEquals(Parameter.In.HEADER, key.getIn());
        assertEquals("Makes the POST safe to retry", key.getDescription());
        assertEquals(List.of(Schema.SchemaType.STRING), key.getSchema().getType());
        assertNull(key.getRequired(), "the header is optional");
        assertNull(read.getParameters());
    }

    @Test
    void anIdempotentMethodWithoutItsOperationFailsTheBuild() throws IOException {
        OpenApiContract contract = new OpenApiContract(Index.of(ThingResource.class));
        assertThrows(IllegalStateException.class, () -> contract.filterOpenAPI(document(operation("getThing"))));
    }

    private static Operation operation(String id) {
        return OASFactory.createOperation().operationId(id).responses(OASFactory.createAPIResponses());
    }

    private static Parameter parameter(String name, Parameter.In in) {
        return OASFactory.createParameter().name(name).in(in);
    }

    private static OpenAPI document(Operation post, Operation get) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().POST(post).GET(get)));
    }

    private static OpenAPI document(Operation get) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(get)));
    }
}
