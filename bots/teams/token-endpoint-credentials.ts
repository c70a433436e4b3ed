import {
  AppCredentials,
  PasswordServiceClientCredentialFactory,
  type ServiceClientCredentials,
} from "botframework-connector";
import { z } from "zod";
import { TaiwaError } from "../../app/errors.ts";

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().default(3600),
});

/**
 * Client-credentials tokens from a configured OAuth 2.0 endpoint (BOTFRAMEWORK_TOKEN_URL) instead of Entra ID through MSAL.
 * MSAL insists on https authorities with instance discovery, which a loopback stand-in or a private cloud cannot offer.
 */
class TokenEndpointAppCredentials extends AppCredentials {
  constructor(
    appId: string,
    private readonly password: string,
    private readonly tokenUrl: string,
    scope: string | undefined,
  ) {
    super(appId, undefined, scope);
  }

  protected override async refreshToken(): Promise<{ accessToken: string; expiresOn: Date }> {
    const scope = this.oAuthScope.endsWith("/.default") ? this.oAuthScope : `${this.oAuthScope}/.default`;
    const response = await fetch(this.tokenUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: this.appId,
        client_secret: this.password,
        scope,
      }),
    });
    if (!response.ok) {
      throw new TaiwaError(
        "unauthorized",
        `The token endpoint refused the bot's credentials (HTTP ${response.status}): check MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD.`,
        { isRetryable: response.status >= 500 },
      );
    }
    const token = tokenResponseSchema.parse(await response.json());
    return { accessToken: token.access_token, expiresOn: new Date(Date.now() + token.expires_in * 1000) };
  }
}

export class TokenEndpointCredentialsFactory extends PasswordServiceClientCredentialFactory {
  constructor(private readonly options: { appId: string; password: string; tokenUrl: string }) {
    super(options.appId, options.password, "");
  }

  override async createCredentials(appId: string, audience: string | undefined): Promise<ServiceClientCredentials> {
    if (!(await this.isValidAppId(appId)))
      throw new TaiwaError("unauthorized", "The activity is addressed to another bot (app id mismatch).");
    return new TokenEndpointAppCredentials(appId, this.options.password, this.options.tokenUrl, audience);
  }
}
