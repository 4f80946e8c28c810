var worker = new NetStandardLibrary.FlakyWorker();
await worker.WorkSupervisor.RunAsync(CancellationToken.None);
Console.WriteLine($"runs={worker.Runs} restarts={worker.WorkSupervisor.RestartCount}");
