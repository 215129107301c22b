package org.easel.installer.models;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a WireMock stub answer "Range: bytes=N-" as a real file server does (206 with the rest,
 * 416 past the end), served at once even when the stub dribbles its full body slowly.
 */
final class RangeSupport implements ResponseTransformerV2 {
    static final String NAME = "range";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
        String range = event.getRequest().getHeader("Range");
        if (range == null || response.getStatus() != 200) {
            return response;
        }
        Matcher m = RANGE.matcher(range);
        if (!m.matches()) {
            return response;
        }
        byte[] body = response.getBody();
        int start = Integer.parseInt(m.group(1));
        if (start >= body.length) {
            return Response.Builder.like(response).but().status(416).body(new byte[0])
                    .headers(new HttpHeaders(new HttpHeader("Content-Range", "bytes */" + body.length)))
                    .chunkedDribbleDelay(null).build();
        }
        return Response.Builder.like(response).but().status(206).body(Arrays.copyOfRange(body, start, body.length))
                .headers(new HttpHeaders(new HttpHeader("Content-Range", "bytes " + start + "-" + (body.length - 1) + "/" + body.length)))
                .chunkedDribbleDelay(null).build();
    }
}
