package org.csi.platform.rest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every CSI service's OpenAPI document states beyond its resources' annotations, applied when the document is
 * built (so the stored {@code target/openapi/openapi.yaml} and the live {@code /q/openapi} are the same document):
 * <ul>
 * <li>{@code info.license} with its SPDX identifier and {@code info.contact} (openapi-generator's validation and
 * Spectral's {@code info-contact} require them);</li>
 * <li>the bearer token as the document-wide security requirement, and 401/403 answers on every {@code /api}
 * operation, because the role table guards every one of them;</li>
 * <li>the {@code Idempotency-Key} header parameter on every operation whose method carries {@link Idempotent}: the
 * interceptor reads the header itself, so the resource method declares no parameter for it;</li>
 * <li>the problem+json schema on every 4xx/5xx answer that does not name a body of its own;</li>
 * <li>an example on every request body, assembled from the examples of the body's properties where the resource
 * gives none;</li>
 * <li>pages named after what they hold ({@code SipPage}, not {@code PageResponseSipResponse}, which is how SmallRye
 * names a generic type after its Java classes), and no bare {@code PageResponse}, which SmallRye registers beside the
 * typed pages although nothing refers to it;</li>
 * <li>no schema that no operation reaches (shared platform classes are scanned into every service).</li>
 * </ul>
 * SmallRye OpenAPI has settings for the simple info fields but none for the license identifier, a global security
 * requirement, response bodies by status or a parameter that follows an annotation, hence this filter.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, documentNames = OpenApiFilter.FILTER_RUN_FOR_ANY_DOCUMENT)
public class OpenApiContract implements OASFilter {

    static final String SECURITY_SCHEME = "bearerAuth";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_REF = SCHEMAS + "Problem";
    private static final String PAGE = "PageResponse";
    private static final int MAX_EXAMPLE_DEPTH = 6;
    /** The order SmallRye gives the parameters it scans: by location (path, query, header, cookie), then by name. */
    private static final Comparator<Parameter> PARAMETER_ORDER = Comparator
            .comparing(Parameter::getIn, Comparator.nullsLast(Comparator.<Parameter.In> naturalOrder()))
            .thenComparing(Parameter::getName, Comparator.nullsLast(Comparator.<String> naturalOrder()));

    /** The operationIds (the method names) of the {@link Idempotent} resource methods. */
    private final Set<String> idempotentOperations = new TreeSet<>();

    /** SmallRye OpenAPI gives a filter with this constructor the application's Jandex index. */
    public OpenApiContract(IndexView index) {
        for (AnnotationInstance idempotent : index.getAnnotations(DotName.createSimple(Idempotent.class))) {
            if (idempotent.target().kind() == AnnotationTarget.Kind.METHOD) {
                idempotentOperations.add(idempotent.target().asMethod().name());
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        describeInfo(openAPI);
        Map<String, String> renamedPages = nameThePages(openAPI);
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        Set<String> undocumented = new TreeSet<>(idempotentOperations);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (path.startsWith("/api/")) {
                addAccessAnswers(operation);
            }
            if (undocumented.remove(operation.getOperationId())) {
                addIdempotencyKey(operation);
            }
            giveProblemBodies(operation.getResponses());
            referToRenamedPages(operation.getResponses(), renamedPages);
            exampleRequestBody(operation, schemas);
        }));
        if (!undocumented.isEmpty()) {
            throw new IllegalStateException("@Idempotent methods with no operation of that operationId (the method "
                    + "name, mp.openapi.extensions.smallrye.operationIdStrategy=METHOD): " + undocumented);
        }
        removeUnusedSchemas(openAPI);
    }

    /** The optional header {@link IdempotentRequestInterceptor} reads, where SmallRye would have put a parameter. */
    private static void addIdempotencyKey(Operation operation) {
        Parameter key = OASFactory.createParameter().description("Makes the POST safe to retry")
                .name(IdempotentRequests.HEADER).in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                : new ArrayList<>(operation.getParameters());
        int at = 0;
        while (at < parameters.size() && PARAMETER_ORDER.compare(parameters.get(at), key) <= 0) {
            at++;
        }
        parameters.add(at, key);
        operation.setParameters(parameters);
    }

    /**
     * Drops component schemas that no operation reaches, directly or through other schemas: shared classes of the
     * platform (a history entry, the bare generic page) are scanned into every service's document, used or not.
     */
    private static void removeUnusedSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> used = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> push(todo, p.getSchema()));
            }
            item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> push(todo, p.getSchema()));
                }
                if (operation.getRequestBody() != null) {
                    pushContent(todo, operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> {
                        pushContent(todo, response.getContent());
                        if (response.getHeaders() != null) {
                            response.getHeaders().values().forEach(h -> push(todo, h.getSchema()));
                        }
                    });
                }
            });
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (used.add(name)) {
                    push(todo, schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(p -> push(todo, p));
            }
            push(todo, schema.getItems());
            push(todo, schema.getAdditionalPropertiesSchema());
            push(todo, schema.getNot());
            for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(s -> push(todo, s));
                }
            }
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
    }

    private static void pushContent(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> push(todo, m.getSchema()));
        }
    }

    private static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }

    /** Renames each typed page to its item schema's name + "Page"; answers old reference -> new reference. */
    private static Map<String, String> nameThePages(OpenAPI openAPI) {
        Map<String, String> renamed = new LinkedHashMap<>();
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return renamed;
        }
        Map<String, Schema> schemas = new LinkedHashMap<>(openAPI.getComponents().getSchemas());
        schemas.forEach((name, page) -> {
            Schema items = name.startsWith(PAGE) && page.getProperties() != null ? page.getProperties().get("items") : null;
            String itemRef = items == null || items.getItems() == null ? null : items.getItems().getRef();
            if (itemRef == null) {
                return;
            }
            String itemName = itemRef.substring(itemRef.lastIndexOf('/') + 1);
            String pageName = itemName + "Page";
            if (schemas.containsKey(pageName)) {
                return;
            }
            page.setDescription("A page of " + itemName + " items; totalItems counts all that match.");
            openAPI.getComponents().removeSchema(name);
            openAPI.getComponents().addSchema(pageName, page);
            renamed.put(SCHEMAS + name, SCHEMAS + pageName);
        });
        return renamed;
    }

    private static void referToRenamedPages(APIResponses responses, Map<String, String> renamed) {
        if (responses == null || responses.getAPIResponses() == null || renamed.isEmpty()) {
            return;
        }
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                continue;
            }
            for (MediaType mediaType : response.getContent().getMediaTypes().values()) {
                Schema schema = mediaType.getSchema();
                if (schema != null && schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                    schema.setRef(renamed.get(schema.getRef()));
                }
            }
        }
    }

    private static void describeInfo(OpenAPI openAPI) {
        var info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        openAPI.setInfo(info);
        info.setLicense(OASFactory.createLicense().name("Apache License 2.0").identifier("Apache-2.0"));
        info.setContact(OASFactory.createContact().name("CSI suite maintainers")
                .url(setting("csi.openapi.contact-url").orElse("https://github.com/csi-suite/csi-suite"))
                .email(setting("csi.openapi.contact-email").orElse("csi-maintainers@example.org")));
    }

    private static void addAccessAnswers(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", problem("No valid bearer token was sent"));
        }
        if (!responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", problem("The token's roles do not allow this call"));
        }
    }

    private static void giveProblemBodies(APIResponses responses) {
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            boolean error = status.startsWith("4") || status.startsWith("5");
            if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
    }

    private static void exampleRequestBody(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        for (MediaType mediaType : operation.getRequestBody().getContent().getMediaTypes().values()) {
            boolean hasExample = mediaType.getExample() != null
                    || (mediaType.getExamples() != null && !mediaType.getExamples().isEmpty());
            if (!hasExample && mediaType.getSchema() != null) {
                Object example = exampleOf(mediaType.getSchema(), schemas, 0);
                if (example != null) {
                    mediaType.setExample(example);
                }
            }
        }
    }

    /** An example value for a schema: its own example, or one assembled from its properties' or items' examples. */
    static Object exampleOf(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > MAX_EXAMPLE_DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            return exampleOf(schemas.get(name), schemas, depth + 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            return exampleOf(schema.getAllOf().get(0), schemas, depth + 1);
        }
        if (schema.getItems() != null) {
            Object item = exampleOf(schema.getItems(), schemas, depth + 1);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> example = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = exampleOf(property, schemas, depth + 1);
                if (value != null) {
                    example.put(name, value);
                }
            });
            return example.isEmpty() ? null : example;
        }
        return null;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Optional<String> setting(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }
}
