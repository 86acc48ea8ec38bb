package org.custos.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.CustosException;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.web.support.Messages;

/** Maps boundary failures to 403/404/409/422 with a JSON body. */
@Provider
public class CustosExceptionMapper implements ExceptionMapper<CustosException> {

    @Override
    public Response toResponse(CustosException e) {
        int status;
        if (e instanceof NotPermittedException) {
            status = 403;
        } else if (e instanceof NotFoundException) {
            status = 404;
        } else if (e instanceof ConflictException) {
            status = 409;
        } else {
            status = 422;
        }
        String message = Messages.text(Locale.ENGLISH, e.messageKey(), e.arguments());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.code(), message)).build();
    }
}
