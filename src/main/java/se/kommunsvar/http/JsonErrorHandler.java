package se.kommunsvar.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty writes itself, before a request reaches the app: a request line or headers too long (414, 431),
 * a request that is not HTTP (400), a body that came too slowly (408) or is too large (413). They answer like the
 * app's own errors, {@code {"error": "..."}} with the status, and carry the API's security headers, whatever the
 * client's {@code Accept} says; no HTML page, no stack, no echo of the request.
 */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    JsonErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /** Every method gets a body (Jetty's default gives none to PUT, DELETE and the rest). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        WebSecurity.API_HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(Map.of("error", describe(request, code, message)));
        } catch (JsonProcessingException e) {
            callback.failed(e);
            return;
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A sentence saying what was wrong; Jetty's own reason where it is more specific than the status. */
    static String describe(Request request, int code, String message) {
        int headerBytes = request.getConnectionMetaData().getHttpConfiguration().getRequestHeaderSize();
        String reason = message == null || message.equals(HttpStatus.getMessage(code)) ? "" : message;
        return switch (code) {
            case 414 -> "the address is too long: the request line and headers may be at most " + headerBytes + " bytes";
            case 431 -> "the request headers are too large: at most " + headerBytes + " bytes";
            case 400 -> reason.isEmpty() ? "the request is not valid HTTP" : "the request is not valid HTTP: " + lower(reason);
            case 505 -> "this HTTP version is not supported; use HTTP/1.1";
            default -> reason.isEmpty() ? lower(HttpStatus.getMessage(code)) : reason;
        };
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
