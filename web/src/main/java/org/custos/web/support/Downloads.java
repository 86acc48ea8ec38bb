package org.custos.web.support;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.custos.standards.boundary.StandardsService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Boundary downloads as PrimeFaces file downloads; the boundary is called only when the file is fetched. */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent of(Supplier<StandardsService.Download> download) {
        StandardsService.Download d = download.get();
        return of(d.fileName(), d.contentType(), d.content());
    }

    /** Any file a boundary handed out (an attachment, a report). */
    public static StreamedContent of(String fileName, String contentType, byte[] content) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }
}
