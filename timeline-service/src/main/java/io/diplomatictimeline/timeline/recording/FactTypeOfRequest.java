package io.diplomatictimeline.timeline.recording;

import io.diplomatictimeline.timeline.correction.FactCorrected;
import io.diplomatictimeline.timeline.correction.FactRetracted;
import io.diplomatictimeline.timeline.outcomes.FactOutcomes;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/** Tells {@link FactOutcomes} the type of the fact a write carries, as soon as its body is read. */
@ControllerAdvice
class FactTypeOfRequest extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType == FactRequest.class || targetType == CorrectionRequest.class
                || targetType == RetractionRequest.class;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        String type = typeOf(body);
        if (type != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            FactOutcomes.carries(request.getRequest(), type);
        }
        return body;
    }

    /** One of a few known names, never what a client made up: each is a series of the metric. */
    private static String typeOf(Object body) {
        if (body instanceof FactRequest fact) {
            return FactVocabulary.types().contains(fact.type()) ? fact.type() : null;
        }
        if (body instanceof CorrectionRequest) {
            return FactCorrected.TYPE;
        }
        return body instanceof RetractionRequest ? FactRetracted.TYPE : null;
    }
}
