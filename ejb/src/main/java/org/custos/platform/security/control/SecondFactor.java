package org.custos.platform.security.control;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import java.util.List;
import java.util.Locale;

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s, as authenticator apps expect) and recovery codes. */
public final class SecondFactor {

    public static final String ISSUER = "Custos";
    static final int RECOVERY_CODES = 10;

    private SecondFactor() {
    }

    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// URI an authenticator app reads. */
    public static String uri(String username, String secret) {
        return data(username, secret).getUri();
    }

    /** The QR code of the otpauth URI as a data: URI (PNG), for an img element. */
    public static String qrDataUri(String username, String secret) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(220);
            return Utils.getDataUriForImage(generator.generate(data(username, secret)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be generated", e);
        }
    }

    private static QrData data(String username, String secret) {
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(6).period(30).build();
    }

    /** Whether the code fits the secret now, one 30-second step early or late allowed. */
    public static boolean verify(String secret, String code) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        verifier.setTimePeriod(30);
        verifier.setAllowedTimePeriodDiscrepancy(1);
        return verifier.isValidCode(secret, code.strip());
    }

    public static List<String> recoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** Recovery codes are compared without dashes, spaces or case. */
    public static String normaliseRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
