package io.diplomatictimeline.projection.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class QueryParametersResolverTest {

    @QueryParameters
    record Sample(String track, List<String> type, String limit) {
    }

    record NotMarked(String track) {
    }

    @SuppressWarnings("unused")
    void handler(Sample sample, NotMarked notMarked, String text) {
    }

    private final QueryParametersResolver resolver =
            new QueryParametersResolver(DefaultConversionService.getSharedInstance());

    @Test
    void eachComponentTakesTheParameterOfItsNameAndOneLeftOutIsNull() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/timeline");
        request.addParameter("track", "russia-us");
        request.addParameter("unknown", "ignored");

        assertThat(resolve(request)).isEqualTo(new Sample("russia-us", null, null));
    }

    @Test
    void aListTakesEveryValueOfARepeatedParameterAndCommaSeparatedOnesAlike() throws Exception {
        MockHttpServletRequest repeated = new MockHttpServletRequest("GET", "/api/timeline");
        repeated.addParameter("type", "round-held", "statement-issued");
        MockHttpServletRequest commaSeparated = new MockHttpServletRequest("GET", "/api/timeline");
        commaSeparated.addParameter("type", "round-held,statement-issued");

        assertThat(resolve(repeated).type()).containsExactly("round-held", "statement-issued");
        assertThat(resolve(commaSeparated).type()).containsExactly("round-held", "statement-issued");
    }

    @Test
    void textSentTwiceIsJoinedSoThatItsRuleCanNameIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/timeline");
        request.addParameter("limit", "10", "20");

        assertThat(resolve(request).limit()).isEqualTo("10,20");
    }

    @Test
    void aHeaderIsNotAParameter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/timeline");
        request.addHeader("track", "from-a-header");

        assertThat(resolve(request).track()).isNull();
    }

    @Test
    void onlyMarkedRecordsAreResolvedHere() throws Exception {
        assertThat(resolver.supportsParameter(parameter(0))).isTrue();
        assertThat(resolver.supportsParameter(parameter(1))).isFalse();
        assertThat(resolver.supportsParameter(parameter(2))).isFalse();
    }

    private Sample resolve(MockHttpServletRequest request) throws Exception {
        return (Sample) resolver.resolveArgument(parameter(0), null, new ServletWebRequest(request), null);
    }

    private static MethodParameter parameter(int index) throws NoSuchMethodException {
        return new MethodParameter(QueryParametersResolverTest.class.getDeclaredMethod("handler", Sample.class,
                NotMarked.class, String.class), index);
    }
}
