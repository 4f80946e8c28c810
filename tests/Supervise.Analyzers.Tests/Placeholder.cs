namespace Supervise.Analyzers.Tests;
