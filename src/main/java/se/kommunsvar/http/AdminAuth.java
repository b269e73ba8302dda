package se.kommunsvar.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Guards the editors' API: {@code Authorization: Bearer <token>} with the token from the environment,
 * compared in constant time. With no token configured every admin request is refused. A client address that sent
 * {@link FailedTokens#MAX_FAILURES} wrong tokens in {@link FailedTokens#WINDOW} is refused with 429 for a while.
 */
public final class AdminAuth {

    private final Optional<byte[]> token;
    private final FailedTokens failures;

    public AdminAuth(Optional<String> token) {
        this(token, System::nanoTime);
    }

    AdminAuth(Optional<String> token, LongSupplier nanoTime) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.failures = new FailedTokens(nanoTime);
    }

    /** Throws 401 (no or wrong credentials) or 403 (admin API disabled) unless the request carries the token. */
    public void require(Context ctx) {
        if (token.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ForbiddenResponse("the admin API is disabled: no admin token is configured on the server");
        }
        String client = ctx.req().getRemoteAddr();
        long wait = failures.waitNanos(client);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new HttpResponseException(429, "too many wrong admin tokens from this address; try again in "
                    + seconds + " s");
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("admin requests need an 'Authorization: Bearer <token>' header");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) {
            failures.failed(client);
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new UnauthorizedResponse("the admin token is wrong");
        }
        failures.succeeded(client);
    }
}
