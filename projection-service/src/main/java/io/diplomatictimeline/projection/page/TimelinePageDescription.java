package io.diplomatictimeline.projection.page;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timeline page, {@code GET /}: static/index.html with timeline.js and timeline.css, which Spring Boot serves as
 * the welcome page. Listed in the API description with the rest of what the service serves.
 */
@Configuration
class TimelinePageDescription {

    @Bean
    OpenApiCustomizer thePage() {
        return api -> api.path("/", new PathItem().get(new Operation().operationId("timelinePage").addTagsItem("page")
                .summary("The timeline page: TimelineJS, the entries, every filter, as known on, live")
                .description("Takes the timeline's query parameters, as /api/timeline does, and keeps them in the"
                        + " address bar.")
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("the page")
                        .content(new Content().addMediaType("text/html", new MediaType()))))));
    }
}
