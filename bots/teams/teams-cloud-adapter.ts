import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from "botbuilder";
import type { AuthenticateRequestResult } from "botframework-connector";

/**
 * CloudAdapter that runs a turn for a request we authenticated ourselves. `CloudAdapter.process` answers a token with a
 * bad signature with 500 and prints it with console.error; we authenticate first and map every failure to 401.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  processAuthenticated(
    authentication: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authentication, activity, logic);
  }
}
