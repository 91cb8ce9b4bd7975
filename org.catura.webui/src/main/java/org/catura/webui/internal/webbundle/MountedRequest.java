package org.catura.webui.internal.webbundle;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;

/**
 * A request as the standalone runtime's whiteboard presents it to a servlet mapped to {@code <prefix>/*} in the
 * server's root context: context path empty, servlet path the prefix, path info the rest. The request URI, the
 * query, the headers, the cookies and the multipart parts are those of the real request.
 */
final class MountedRequest extends HttpServletRequestWrapper {

    private final String prefix;
    private final String pathInfo;

    MountedRequest(HttpServletRequest request, String prefix, String path) {
        super(request);
        this.prefix = prefix;
        this.pathInfo = path.length() > prefix.length() ? path.substring(prefix.length()) : null;
    }

    @Override
    public String getContextPath() {
        return "";
    }

    @Override
    public String getServletPath() {
        return prefix;
    }

    @Override
    public String getPathInfo() {
        return pathInfo;
    }
}
