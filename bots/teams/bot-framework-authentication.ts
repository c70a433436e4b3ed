import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import { AuthenticationConstants, type BotFrameworkAuthentication } from "botframework-connector";
import { TokenEndpointCredentialsFactory } from "./token-endpoint-credentials.ts";
import type { TeamsConfig } from "./types.ts";

/** botbuilder's app-type names; ours follow the Azure portal ("UserAssignedMSI"). */
const APP_TYPES = {
  SingleTenant: "SingleTenant",
  MultiTenant: "MultiTenant",
  UserAssignedMSI: "UserAssignedMsi",
} as const;

/**
 * Bot Framework authentication from our config. Without an app id, botbuilder disables authentication (development mode).
 * When an endpoint is overridden, botbuilder switches to its "parameterized" mode, where every endpoint must be given:
 * the public-cloud defaults fill the ones we do not override.
 */
export function createBotFrameworkAuthentication(config: TeamsConfig): BotFrameworkAuthentication {
  if (!config.MICROSOFT_APP_ID) return new ConfigurationBotFrameworkAuthentication({});
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MICROSOFT_APP_ID,
    MicrosoftAppType: APP_TYPES[config.MICROSOFT_APP_TYPE],
    ...(config.MICROSOFT_APP_PASSWORD ? { MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD } : {}),
    ...(config.MICROSOFT_APP_TENANT_ID ? { MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID } : {}),
  };
  if (config.BOTFRAMEWORK_OPENID_METADATA_URL || config.BOTFRAMEWORK_TOKEN_URL) {
    Object.assign(options, {
      ValidateAuthority: true,
      ToChannelFromBotLoginUrl:
        config.MICROSOFT_APP_TYPE === "MultiTenant"
          ? AuthenticationConstants.ToChannelFromBotLoginUrl
          : `${AuthenticationConstants.ToChannelFromBotLoginUrlPrefix}${config.MICROSOFT_APP_TENANT_ID ?? ""}`,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl:
        config.BOTFRAMEWORK_OPENID_METADATA_URL ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      CallerId: "urn:botframework:azure",
    });
  }
  const credentialsFactory =
    config.BOTFRAMEWORK_TOKEN_URL && config.MICROSOFT_APP_PASSWORD
      ? new TokenEndpointCredentialsFactory({
          appId: config.MICROSOFT_APP_ID,
          password: config.MICROSOFT_APP_PASSWORD,
          tokenUrl: config.BOTFRAMEWORK_TOKEN_URL,
        })
      : undefined;
  return new ConfigurationBotFrameworkAuthentication(options, credentialsFactory);
}
