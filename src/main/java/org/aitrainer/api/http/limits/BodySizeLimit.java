package org.aitrainer.api.http.limits;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.aitrainer.api.http.HttpLimits;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are at most 64 KiB, or as much as a method marked {@link LargeBody} takes: a larger declared length is
 * refused before the body is read, and a chunked body is cut off as soon as it passes the limit. Both answer 413 with
 * a problem body.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    private static final String LIMIT = BodySizeLimit.class.getName() + ".limit";

    /** Before routing, nothing larger than the largest limit is read at all. */
    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public void checkDeclaredLength(ContainerRequestContext request) {
        refuseAbove(request, HttpLimits.BATCH_MAX_BODY_BYTES);
    }

    /** Once the method is known, its own limit. */
    @ServerRequestFilter(nonBlocking = true)
    public void checkMethodLimit(ContainerRequestContext request, ResourceInfo resource) {
        LargeBody large = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(LargeBody.class);
        int limit = large == null ? HttpLimits.MAX_BODY_BYTES : large.value();
        request.setProperty(LIMIT, limit);
        refuseAbove(request, limit);
    }

    private static void refuseAbove(ContainerRequestContext request, int limit) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null
                && length.length() < 19
                && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > limit) {
            throw new WebApplicationException(413);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object limit = context.getProperty(LIMIT);
        context.setInputStream(new Limited(
                context.getInputStream(), limit instanceof Integer bytes ? bytes : HttpLimits.MAX_BODY_BYTES));
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final int limit;
        private long read;

        Limited(InputStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new WebApplicationException(413);
            }
        }
    }
}
