package org.aitrainer.api.http.openapi;

import java.util.List;
import java.util.Map;
import org.aitrainer.api.snapshot.CollectionDeclaration;
import org.aitrainer.api.snapshot.DeclaredCollections;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document with what every operation shares, each piece in its own class: the problem
 * responses it can give ({@link ProblemCatalogue}), the headers of its answers ({@link ReadOperations},
 * {@link WriteOperations}, {@link RateLimitHeaders}), repairs of the generated parameters and schemas
 * ({@link ParameterRepairs}, {@link SchemaRepairs}), and a real example of its answer ({@link Examples}).
 *
 * <p>The examples are recorded responses of this service ({@code openapi/examples.json}), and a test checks that
 * each still matches what the service answers.
 */
public class OpenApiDocumentation implements OASFilter {

    /** The security scheme of writes, declared in ApiApplication. */
    public static final String BEARER = "bearer";

    /**
     * The extension a read is marked with ({@code @Extension(name = REVALIDATED, value = "true")}) when its resource
     * answers {@code Cache-Control: no-cache}: caches must revalidate it before each use.
     */
    public static final String REVALIDATED = "x-revalidated";

    /** The extension the page parameter of a paged read is marked with: its answer is one page, with its links. */
    public static final String PAGED = "x-paged";

    /**
     * The extension the data-set export's GET is marked with ({@code @Extension(name = EXPORT_SECTIONS, value =
     * "true")}): the exported collections' sections are added as properties to the schema it answers with.
     */
    public static final String EXPORT_SECTIONS = "x-export-sections";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<CollectionDeclaration<?>> collections = DeclaredCollections.all();
        CollectionParameters.addTo(openAPI, collections);
        CollectionParameters.inDocumentOrder(openAPI);
        ExportSections.addTo(openAPI, collections);
        ProblemCatalogue.addTo(openAPI);
        SchemaRepairs.markResponsePropertiesRequired(openAPI);
        SchemaRepairs.allowNullWhereNullable(openAPI);
        SchemaRepairs.allowNullForOptionalInput(openAPI);
        Map<String, Examples.Example> examples = Examples.examples();
        Map<String, Object> requestExamples = Examples.requestExamples();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().forEach((method, operation) -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(ParameterRepairs::keepDeclaredType);
                    }
                    if (method == PathItem.HttpMethod.GET) {
                        ReadOperations.complete(
                                operation, examples.get(operation.getOperationId()), item.getPUT() != null);
                    } else if (operation.getExtensions() != null
                            && operation.getExtensions().containsKey(WriteOperations.COMPUTATION)) {
                        operation.removeExtension(WriteOperations.COMPUTATION);
                        WriteOperations.completeComputation(operation, examples.get(operation.getOperationId()));
                    } else if (operation.getExtensions() != null
                            && operation.getExtensions().containsKey(WriteOperations.BATCH)) {
                        operation.removeExtension(WriteOperations.BATCH);
                        WriteOperations.completeBatch(operation, requestExamples.get(operation.getOperationId()));
                    } else {
                        WriteOperations.completeWrite(
                                method, operation, requestExamples.get(operation.getOperationId()));
                    }
                    APIResponses responses = operation.getResponses();
                    if (responses.getAPIResponse("400") == null) {
                        responses.addAPIResponse("400", OpenApiModels.reference("BadRequest"));
                    }
                    responses.addAPIResponse("406", OpenApiModels.reference("NotAcceptable"));
                    responses.addAPIResponse("414", OpenApiModels.reference("UriTooLong"));
                    responses.addAPIResponse("429", OpenApiModels.reference("TooManyRequests"));
                    responses.addAPIResponse("431", OpenApiModels.reference("HeaderFieldsTooLarge"));
                    responses.addAPIResponse("500", OpenApiModels.reference("InternalError"));
                    responses.addAPIResponse("503", OpenApiModels.reference("ServiceUnavailable"));
                }));
        RateLimitHeaders.addTo(openAPI);
    }
}
