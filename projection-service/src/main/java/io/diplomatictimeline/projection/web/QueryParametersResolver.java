package io.diplomatictimeline.projection.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds a {@link QueryParameters} record from the request's query parameters: each component from the parameter of
 * its name, a single value as it came, a repeated one as all of them, converted as Spring MVC converts a request
 * parameter (a list takes {@code type=a&type=b} and {@code type=a,b} alike; text sent twice is joined by a comma).
 *
 * <p>Spring's data binder did this before, and looked for each component among the parameters under several
 * prefixes, the headers and the path variables on every request: a sixth of the CPU of an empty timeline page.
 * Here a record's constructor and its components' types are found once.
 */
public final class QueryParametersResolver implements HandlerMethodArgumentResolver {

    private final ConversionService conversions;
    private final ClassValue<Shape> shapes = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    public QueryParametersResolver(ConversionService conversions) {
        this.conversions = conversions;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type.isRecord() && type.isAnnotationPresent(QueryParameters.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Shape shape = shapes.get(parameter.getParameterType());
        Object[] arguments = new Object[shape.names.length];
        for (int i = 0; i < arguments.length; i++) {
            String[] values = request.getParameterValues(shape.names[i]);
            if (values != null) {
                Object given = values.length == 1 ? values[0] : values;
                arguments[i] = conversions.convert(given, TypeDescriptor.forObject(given), shape.types[i]);
            }
        }
        return BeanUtils.instantiateClass(shape.constructor, arguments);
    }

    /** A record's canonical constructor, and the name and type of each of its components, in order. */
    private record Shape(Constructor<?> constructor, String[] names, TypeDescriptor[] types) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Constructor<?> constructor;
            try {
                constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
            String[] names = new String[components.length];
            TypeDescriptor[] types = new TypeDescriptor[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = new TypeDescriptor(MethodParameter.forExecutable(constructor, i));
            }
            return new Shape(constructor, names, types);
        }
    }
}
