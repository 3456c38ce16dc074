package io.diplomatictimeline.timeline.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.diplomatictimeline.timeline.limits.LimitsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

@Configuration
class RequestJsonConfiguration {

    @Bean
    RequestJson requestJson(ObjectMapper shared, LimitsProperties limits) {
        ObjectMapper strict = shared.copy();
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxBodySize().toBytes())
                .build());
        // Reads to the end of the body, so that nothing trails the fact and the size limit sees every byte.
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.registerModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer()));
        return new RequestJson(strict);
    }

    /** Spring MVC reads (and writes) JSON bodies with this converter instead of Boot's default one. */
    @Bean
    MappingJackson2HttpMessageConverter requestJsonConverter(RequestJson json) {
        return new MappingJackson2HttpMessageConverter(json.mapper());
    }
}
