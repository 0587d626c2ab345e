"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createApiKeyAction, type CreateApiKeyState } from "@/lib/api-keys/actions";
import { apiKeyScopeLabels, apiKeyScopes } from "@/lib/api-keys/scope-words";

type Person = { id: string; name: string; email: string };

/** Makes a key and shows it once; admins choose its owner, editors' keys are their own. */
export function CreateApiKeyForm({
  owners,
  backups,
  me,
  defaultExpiry,
  latestExpiry,
  today,
}: {
  owners: Person[];
  backups: Person[];
  me: Person;
  defaultExpiry: string;
  latestExpiry: string;
  today: string;
}) {
  const { state, formAction, pending, onSubmit } = useFormAction<CreateApiKeyState>(createApiKeyAction, {
    resetOnSuccess: true,
  });
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 border-t border-slate-200 pt-4"
      aria-label="Make an API key"
    >
      <h3 className="font-semibold">Make a key</h3>
      <TextField
        id="api-key-name"
        label="Name"
        name="name"
        hint="What uses it, like “ci-deploy” or “uptime monitor”."
        error={state.fields?.name}
        required
      />
      <SelectField
        id="api-key-scope"
        label="What it may do"
        name="scope"
        defaultValue="read"
        error={state.fields?.scope}
      >
        {apiKeyScopes.map((scope) => (
          <option key={scope} value={scope}>
            {apiKeyScopeLabels[scope].label}: {apiKeyScopeLabels[scope].description}
          </option>
        ))}
      </SelectField>
      <TextField
        id="api-key-expires-on"
        label="Last day it works"
        name="expiresOn"
        type="date"
        min={today}
        max={latestExpiry}
        defaultValue={defaultExpiry}
        hint="At most a year from today."
        error={state.fields?.expiresOn}
        required
      />
      {owners.length > 1 ? (
        <SelectField
          id="api-key-owner"
          label="Owner"
          name="ownerId"
          defaultValue={me.id}
          hint="The key acts as this person, with their rights."
          error={state.fields?.ownerId}
        >
          {owners.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.email})
            </option>
          ))}
        </SelectField>
      ) : (
        <input type="hidden" name="ownerId" value={me.id} />
      )}
      <SelectField
        id="api-key-backup"
        label="Backup"
        name="backupId"
        defaultValue=""
        hint="The key is also a token in the inventory: its owner and this backup get reminders before its last day."
        error={state.fields?.backupId}
      >
        <option value="">Nobody for now</option>
        {backups.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name} ({person.email})
          </option>
        ))}
      </SelectField>
      {state.message && (
        <Notice tone={state.ok ? "success" : "error"} live>
          {state.message}
        </Notice>
      )}
      {state.key && (
        <div className="space-y-1">
          <label htmlFor="new-api-key" className="block text-sm font-medium">
            Your new key (shown only now)
          </label>
          <input
            id="new-api-key"
            readOnly
            value={state.key}
            className="block w-full rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="text-sm text-slate-700">
            Store it where your automation keeps secrets (a password manager or CI secret store). Tokenbook keeps only a
            fingerprint of it.
          </p>
        </div>
      )}
      <Button needsScript type="submit" disabled={pending}>
        Make key
      </Button>
    </form>
  );
}
