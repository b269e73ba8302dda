package se.kommunsvar.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards the editors' API: {@code Authorization: Bearer <token>} with the token from the environment,
 * compared in constant time. With no token configured every admin request is refused.
 */
public final class AdminAuth {

    private final Optional<byte[]> token;

    public AdminAuth(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws 401 (no or wrong credentials) or 403 (admin API disabled) unless the request carries the token. */
    public void require(Context ctx) {
        if (token.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ForbiddenResponse("the admin API is disabled: no admin token is configured on the server");
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("admin requests need an 'Authorization: Bearer <token>' header");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedResponse("the admin token is wrong");
        }
    }
}
