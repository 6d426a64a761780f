using CoCreation.Bench;

// bench/CoCreation.Bench: the data generator, the reference endpoint and the load tools of ./bench.sh.
return args.FirstOrDefault() switch
{
    "seed" => await Seed.RunAsync(args[1..]),
    "reference" => await Reference.RunAsync(args[1..]),
    "login" => await Login.RunAsync(args[1..]),
    "load" => await Load.RunAsync(args[1..]),
    "cursor" => await Cursor.RunAsync(args[1..]),
    "weight" => await Weight.RunAsync(args[1..]),
    "memory" => await Memory.RunAsync(args[1..]),
    "scale" => await Scale.RunAsync(args[1..]),
    "profile" => await Profile.RunAsync(args[1..]),
    "digest" => await Digest.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine(
        """
        usage:
          seed      --connection <cs> [--submissions 100000] [--events 200] [--registrations 100] [--members 60] [--follows 50000]
          reference --connection <cs> --urls http://127.0.0.1:5091
          login     --url <portal> --email <e> --password <p>       prints COOKIE and TOKEN lines for wrk
          cursor    --connection <cs> [--page 2000]                 the keyset cursor of that page
          weight    --url <portal> --pages /,/submissions,...         HTML and first-view bytes (brotli/gzip) per page
          memory    --url <portal> --pid <portal pid> [--paths /open-data/submissions.csv,/open-data/submissions.json]
                    peak resident memory of the portal before, during each download and after
          scale     --proxy <nginx> --instances <a>,<b> --connection <cs> --restart <command> --email <e> --password <p>
                    --admin-email <e> --admin-password <p> [--gets 300] [--posts 30] [--rate 30]   scripts/scale-check.sh's client
          profile   --trace <file.nettrace> [--title t] [--top 20] [--summary file]   top CPU frames in markdown
          digest    --connection <cs> [--batch 200]   the portal's notification rounds over the seed's follows: emails/s, peak memory
          load      --url <url> --rate <req/s> --seconds <n> [--connections 16]   open-loop latency (HdrHistogram)
        """
    );
    return 2;
}
