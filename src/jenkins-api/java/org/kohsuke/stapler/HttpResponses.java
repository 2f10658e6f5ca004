package org.kohsuke.stapler;

/** Declaration of Stapler's ready-made HTTP responses. */
public class HttpResponses {
    public HttpResponses() {
    }

    public static HttpResponseException ok() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static HttpResponseException notFound() {
        throw new UnsupportedOperationException("declaration only");
    }

    public static HttpResponseException errorWithoutStack(int code, String errorMessage) {
        throw new UnsupportedOperationException("declaration only");
    }

    public static HttpResponseException forbidden() {
        throw new UnsupportedOperationException("declaration only");
    }

    /** Declaration of Stapler's response that can be thrown. */
    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        public HttpResponseException() {
        }
    }
}
