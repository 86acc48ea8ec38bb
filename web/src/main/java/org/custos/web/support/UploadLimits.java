package org.custos.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.custos.platform.files.Attachments;

/** What the server accepts as an uploaded file, for the upload components' client-side checks and hints. */
@Named
@ApplicationScoped
public class UploadLimits {

    /** The file types the boundary accepts, as PrimeFaces' allowTypes expression. */
    public String getAllowTypes() {
        return "/(\\.|\\/)(" + String.join("|", extensions()) + ")$/i";
    }

    public String getAccept() {
        return String.join(",", extensions().stream().map(e -> "." + e).toList());
    }

    public String getAllowedExtensions() {
        return Attachments.allowedExtensions();
    }

    public long getMaxBytes() {
        return Attachments.MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return Attachments.MAX_BYTES / (1024 * 1024);
    }

    private static List<String> extensions() {
        return List.of(Attachments.allowedExtensions().split(",\\s*"));
    }
}
