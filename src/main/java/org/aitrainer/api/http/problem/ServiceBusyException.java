package org.aitrainer.api.http.problem;

/** The instance cannot take the request now (it holds as many of its kind as it may): a 503 with Retry-After. */
public class ServiceBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceBusyException(String detail) {
        super(detail, null, false, false);
    }
}
