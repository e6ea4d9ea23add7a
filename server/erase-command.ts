// `city-network-widgets receiver erase --email a@b.c`: deletes everything
// stored about one person and prints what it deleted.
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { erase, notScrubbed } from './retention.js';

export async function eraseCommand(config: Config, args: string[]): Promise<number> {
  const flag = args.indexOf('--email');
  const email = flag >= 0 ? args[flag + 1] : args.find((arg) => arg.startsWith('--email='))?.slice(8);
  if (!email || !email.includes('@')) {
    console.error('Name the person: city-network-widgets receiver erase --email someone@example.org');
    return 2;
  }
  const database = await openDatabase(config.databaseUrl, { existing: true });
  try {
    const erased = await erase(database, email, new Date());
    if (erased.references.length + erased.subscribers + erased.consents + erased.mails === 0) {
      console.log(`Nothing stored about ${email} in ${database.describe}.`);
      return 0;
    }
    console.log(`Erased everything stored about ${email} from ${database.describe}:`);
    console.log(
      `  delegation requests: ${erased.references.length}${erased.references.length ? ` (${erased.references.join(', ')})` : ''}`,
    );
    console.log(`  newsletter subscriptions: ${erased.subscribers}`);
    console.log(`  consent records: ${erased.consents}`);
    console.log(`  mails (sent or waiting): ${erased.mails}`);
    if (!erased.scrubbed) console.log(notScrubbed);
    return 0;
  } finally {
    await database.close();
  }
}
