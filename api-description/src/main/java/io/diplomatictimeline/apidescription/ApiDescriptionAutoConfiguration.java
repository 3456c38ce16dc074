package io.diplomatictimeline.apidescription;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What both services' API descriptions share: the bearer scheme, on the operations the service's
 * {@link SecuredOperations} names, and RFC 9457 problems as the body of every refusal. A refusal every operation of
 * a kind can meet is added here (400 for one with parameters or a body, 404 for one with a path variable, 401 and 403
 * for one that needs a token, 413 and 415 for one with a body); one that only some can meet (409, 429) is declared on
 * the operation and given the problem body here. The two description endpoints describe themselves too.
 */
@AutoConfiguration
public class ApiDescriptionAutoConfiguration {

    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI apiDescription(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("Diplomatic Timeline: " + service).version("1")
                        .description("Reads are public; writes and admin actions need a bearer token (README.md,"
                                + " docs/security.md). Refusals are application/problem+json with an errors list."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A static token or a JWT with the scope the operation"
                                        + " needs: events:write for writes, timeline:admin for admin actions"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer problemsAndTokens(ObjectProvider<SecuredOperations> secured) {
        SecuredOperations needToken = secured.getIfAvailable(() -> (method, path) -> false);
        return api -> {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                boolean takesInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || operation.getRequestBody() != null;
                if (takesInput) {
                    refusal(responses, HttpStatus.BAD_REQUEST, "a parameter or the body breaks a rule (errors names it)");
                }
                if (path.contains("{")) {
                    refusal(responses, HttpStatus.NOT_FOUND, "nothing has that id");
                }
                if (operation.getRequestBody() != null) {
                    refusal(responses, HttpStatus.PAYLOAD_TOO_LARGE, "the body is too large");
                    refusal(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the body is not of a type taken here");
                }
                if (needToken.needToken(method.name(), path)) {
                    operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
                    refusal(responses, HttpStatus.UNAUTHORIZED, "no valid bearer token");
                    refusal(responses, HttpStatus.FORBIDDEN, "the token lacks the scope this needs");
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("4") || status.startsWith("5")) {
                        response.setContent(problemContent());
                    }
                });
            }));
            describeTheDescription(api);
        };
    }

    private static void refusal(ApiResponses responses, HttpStatus status, String description) {
        responses.putIfAbsent(String.valueOf(status.value()), new ApiResponse().description(description));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> read = ModelConverters.getInstance().read(ProblemDetail.class);
        Schema schema = read.getOrDefault(PROBLEM, new Schema<>().type("object"));
        return schema.addProperty("errors", new Schema<>().type("array").description("every field or parameter"
                + " at fault: {field, message}").items(new Schema<>().type("object")));
    }

    /** GET /v3/api-docs and GET /swagger-ui.html, which springdoc serves but does not list. */
    private static void describeTheDescription(OpenAPI api) {
        api.path("/v3/api-docs", new PathItem().get(new Operation().summary("This API description (OpenAPI 3)")
                .addTagsItem("api-description").operationId("apiDocs").responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("the description").content(new Content()
                                .addMediaType("application/json", new MediaType()))))));
        api.path("/swagger-ui.html", new PathItem().get(new Operation().summary("Swagger UI over this description")
                .addTagsItem("api-description").operationId("swaggerUi").responses(new ApiResponses()
                        .addApiResponse("302", new ApiResponse().description("to the UI's page")))));
    }
}
